pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn things(
        &self,
        #[header("X Trace")] trace: &str,
        #[header("")] empty: &str,
        #[header("X-Id")] id: &str,
        #[header("x-id")] again: &str,
    ) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
