#[derive(serde::Serialize)]
pub struct Query {
    pub limit: u32,
}

pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things")]
    async fn things(&self, #[qeury] q: &Query) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things")]
    async fn malformed(
        &self,
        #[query(flatten)] q: &Query,
        #[header] trace: &str,
        #[header = "X-Trace"] other: &str,
    ) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(POST, "/things")]
    async fn conflicting(&self, #[query] #[body] q: &Query) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
