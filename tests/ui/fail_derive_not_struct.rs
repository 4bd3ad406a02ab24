// The derive needs a struct with named fields.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value)]
pub enum Enum {
    A,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value)]
pub union Union {
    pub a: u32,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets/{id}", response = serde_json::Value)]
pub struct Tuple(pub String);

#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value)]
pub struct Unit;

fn main() {}
