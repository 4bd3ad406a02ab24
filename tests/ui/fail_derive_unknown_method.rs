// The method is one of GET, POST, PUT, PATCH, DELETE, written as an identifier.
#[derive(truto::Endpoint)]
#[endpoint(FETCH, "/tickets", response = serde_json::Value)]
pub struct Fetch {}

#[derive(truto::Endpoint)]
#[endpoint(get, "/tickets", response = serde_json::Value)]
pub struct Lowercase {}

#[derive(truto::Endpoint)]
#[endpoint("GET", "/tickets", response = serde_json::Value)]
pub struct Quoted {}

#[derive(truto::Endpoint)]
#[endpoint("/tickets", response = serde_json::Value)]
pub struct Missing {}

fn main() {}
