// Header names are HTTP tokens, set once (case-insensitively).
#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value)]
pub struct Headers {
    #[endpoint(header = "X Trace")]
    pub trace: String,
    #[endpoint(header = "")]
    pub empty: String,
    #[endpoint(header = "X-Id")]
    pub id: String,
    #[endpoint(header = "x-id")]
    pub id_again: String,
}

fn main() {}
