pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn by_value(self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn by_mut(&mut self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn none() -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn typed(self: Box<Self>) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
