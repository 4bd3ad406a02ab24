pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things/{idd}/parts/{part}")]
    async fn part(&self, id: &str, part: u32) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
