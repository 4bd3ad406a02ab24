pub trait Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn things(&self) -> truto::Result<serde_json::Value>;
}

fn main() {}
