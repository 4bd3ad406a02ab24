pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    fn things(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async unsafe fn dangerous(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
