pub trait Api: truto::Api {
    #[truto::truto_endpoint(FETCH, "/things")]
    async fn fetch(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(get, "/things")]
    async fn lower(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint("GET", "/things")]
    async fn quoted(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
