// One body: one `#[endpoint(body)]` field, or the whole struct with the `body` key.
#[derive(truto::Endpoint)]
#[endpoint(POST, "/tickets", response = serde_json::Value)]
pub struct Create {
    #[endpoint(body)]
    pub ticket: serde_json::Value,
    #[endpoint(body)]
    pub extra: serde_json::Value,
}

#[derive(truto::Endpoint, serde::Serialize)]
#[endpoint(POST, "/tickets", response = serde_json::Value, body)]
pub struct CreateWhole {
    #[endpoint(body)]
    pub ticket: serde_json::Value,
}

fn main() {}
