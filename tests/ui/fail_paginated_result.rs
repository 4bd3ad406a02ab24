// Pagination is never wrapped in a `Result`: errors arrive as the stream's items.
use truto::Paginator;

pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/comments")]
    fn wrapped(&self) -> truto::Result<Paginator<serde_json::Value>>;

    #[truto::truto_endpoint(GET, "/comments")]
    async fn wrapped_async(&self) -> truto::Result<truto::Paginator<serde_json::Value>>;

    // Any other return type of a plain `fn` still asks for `async fn`.
    #[truto::truto_endpoint(GET, "/comments")]
    fn not_paginated(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
