#[derive(serde::Serialize)]
pub struct Body {
    pub name: String,
}

// One declaration with many mistakes: all are reported together, and the trait still
// expands, so the impl and the call below add no errors of their own.
pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things/{idd}", format = xml)]
    fn things(&mut self, id: &str, #[body] a: &Body, #[body] b: &Body, #[header("X Y")] h: &str) -> Option<u8>;
}

impl Api for truto::Client {}

fn main() {
    let mut client = truto::Client::builder().token("t").build().expect("client");
    let body = Body { name: String::new() };
    let _future = client.things("1", &body, &body, "h");
}
