#[derive(serde::Serialize)]
pub struct Body {
    pub name: String,
}

pub trait Api: truto::Api {
    #[truto::truto_endpoint(POST, "/things")]
    async fn create(&self, #[body] a: &Body, #[body] b: &Body) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
