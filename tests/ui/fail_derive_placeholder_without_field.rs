// Every placeholder needs a field of its name (tails too).
#[derive(truto::Endpoint)]
#[endpoint(GET, "/unified/{model}/{resource}/{id}", response = serde_json::Value)]
pub struct Get {
    pub model: String,
    pub resourse: String,
    pub id: u64,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/files/{*path}", response = truto::ByteStream)]
pub struct Download {
    pub file: String,
}

fn main() {}
