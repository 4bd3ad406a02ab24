pub trait Api: truto::Api {
    #[truto::truto_endpoint]
    async fn nothing(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET)]
    async fn no_path(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint("/things")]
    async fn no_method(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET "/things")]
    async fn no_comma(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
