#[derive(serde::Serialize)]
pub struct Body {
    pub name: String,
}

pub trait Api: truto::Api {
    /// A request has one body, whatever its kind.
    #[truto::truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn upload(
        &self,
        #[body] body: &Body,
        #[multipart] form: &truto::Multipart,
        #[raw_body] raw: &truto::RawBody,
    ) -> truto::Result<serde_json::Value>;

    /// No body on GET, and role attributes take no arguments.
    #[truto::truto_endpoint(GET, "/file")]
    async fn fetch(&self, #[multipart] form: &truto::Multipart, #[raw_body(x)] raw: &truto::RawBody) -> truto::Result<()>;
}

impl Api for truto::Client {}

fn main() {}
