// Unknown and malformed keys, on the struct and on fields, are answered with the valid ones.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value, formt = raw, raw, format = xml)]
pub struct StructKeys {}

#[derive(truto::Endpoint)]
#[endpoint(POST, "/tickets", response = serde_json::Value)]
pub struct FieldKeys {
    #[endpoint(rename = "q")]
    pub a: String,
    #[endpoint(query)]
    pub b: String,
    #[endpoint(header("X-Trace"))]
    pub c: String,
    #[endpoint(body = true)]
    pub d: String,
    #[endpoint(flatten, skip)]
    pub e: String,
    #[endpoint]
    pub f: String,
}

fn main() {}
