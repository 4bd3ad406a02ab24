// A GET request has no body.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value)]
pub struct List {
    #[endpoint(body)]
    pub filter: serde_json::Value,
}

#[derive(truto::Endpoint, serde::Serialize)]
#[endpoint(GET, "/tickets", response = serde_json::Value, body)]
pub struct ListWhole {
    pub status: String,
}

fn main() {}
