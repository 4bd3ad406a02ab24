// `{*name}` takes the rest of the path: last, at most once, and bound like `{name}`.
pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/drives/{*path}/content")]
    async fn not_last(&self, path: &str) -> truto::Result<truto::ByteStream>;

    #[truto::truto_endpoint(GET, "/drives/{*drive}/{*path}")]
    async fn two_tails(&self, drive: &str, path: &str) -> truto::Result<truto::ByteStream>;

    #[truto::truto_endpoint(GET, "/drives/{*path}")]
    async fn unbound(&self) -> truto::Result<truto::ByteStream>;

    #[truto::truto_endpoint(GET, "/drives/{*}")]
    async fn empty(&self) -> truto::Result<truto::ByteStream>;
}

impl Api for truto::Client {}

fn main() {}
