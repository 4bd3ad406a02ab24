pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn missing(&self);

    #[truto::truto_endpoint(GET, "/things")]
    async fn option(&self) -> Option<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn two_args(&self) -> Result<serde_json::Value, truto::Error>;
}

impl Api for truto::Client {}

fn main() {}
