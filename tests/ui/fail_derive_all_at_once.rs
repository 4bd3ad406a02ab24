// One struct with many mistakes: all are reported together.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/things/{idd}/{*rest}/x", format = xml, body)]
pub struct Things {
    #[endpoint(body)]
    pub a: serde_json::Value,
    #[endpoint(body)]
    pub b: serde_json::Value,
    #[endpoint(header = "X Y")]
    pub h: String,
    #[endpoint(path)]
    pub p: String,
    #[endpoint(skp)]
    pub rest: String,
}

fn main() {}
