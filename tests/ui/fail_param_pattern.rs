pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn tuple(&self, (a, b): (u8, u8)) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn wild(&self, _: u8) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn by_ref(&self, ref limit: u8) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
