// The struct has exactly one `#[endpoint(METHOD, "path", response = Type)]`.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets")]
pub struct NoResponse {}

#[derive(truto::Endpoint)]
pub struct NoAttribute {}

#[derive(truto::Endpoint)]
#[endpoint]
pub struct NoArguments {}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/tickets", response = serde_json::Value)]
#[endpoint(POST, "/tickets", response = serde_json::Value)]
pub struct Twice {}

fn main() {}
