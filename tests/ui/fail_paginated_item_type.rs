// The item type must be decodable; rustc says so at the item type.
pub struct NotDeserialize;

pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/comments")]
    fn list(&self) -> truto::Paginator<NotDeserialize>;
}

impl Api for truto::Client {}

fn main() {}
