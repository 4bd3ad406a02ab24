// The path is a string literal, starting with `/`, without `?`, with whole-segment,
// well-named, distinct placeholders.
const PATH: &str = "/tickets";

#[derive(truto::Endpoint)]
#[endpoint(GET, PATH, response = serde_json::Value)]
pub struct NotLiteral {}

#[derive(truto::Endpoint)]
#[endpoint(GET, "tickets/{id", response = serde_json::Value)]
pub struct Malformed {
    pub id: String,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets/x{id}?limit=1", response = serde_json::Value)]
pub struct PartialSegment {
    pub id: String,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets/{id}/comments/{id}", response = serde_json::Value)]
pub struct Duplicate {
    pub id: String,
}

fn main() {}
