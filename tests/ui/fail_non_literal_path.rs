pub const PATH: &str = "/things";

pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, PATH)]
    async fn constant(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, concat!("/things", "/all"))]
    async fn concat(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
