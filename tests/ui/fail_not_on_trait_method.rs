#[truto::truto_endpoint(GET, "/things")]
pub struct Things;

pub struct Client;

impl Client {
    #[truto::truto_endpoint(GET, "/things")]
    pub async fn things(&self) -> truto::Result<serde_json::Value> {
        todo!()
    }
}

fn main() {}
