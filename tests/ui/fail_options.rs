pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things", format = xml)]
    async fn xml(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things", formt = raw)]
    async fn typo(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things", format = raw, format = raw)]
    async fn twice(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things", raw)]
    async fn positional(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
