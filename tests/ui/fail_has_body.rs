pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn things(&self) -> truto::Result<serde_json::Value> { todo!() }
}

impl Api for truto::Client {}

fn main() {}
