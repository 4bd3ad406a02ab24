#[derive(serde::Serialize)]
pub struct Body {
    pub name: String,
}

pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn list(&self, #[body] b: &Body) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
