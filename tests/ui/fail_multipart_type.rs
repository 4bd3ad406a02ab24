pub trait Api: truto::Api {
    /// `#[multipart]` takes a `truto::Multipart`, `#[raw_body]` a `truto::RawBody`.
    #[truto::truto_endpoint(POST, "/file")]
    async fn upload(&self, #[multipart] form: &serde_json::Value) -> truto::Result<()>;

    #[truto::truto_endpoint(POST, "/proxy/files")]
    async fn passthrough(&self, #[raw_body] body: Vec<u8>) -> truto::Result<()>;
}

impl Api for truto::Client {}

fn main() {}
