// Field and response types must implement what their role needs; rustc says so at the
// field (or the response type, or the `body` key).
pub struct NotDisplay;

#[derive(serde::Serialize)]
pub struct NotDeserialize;

pub struct NotSerialize;

#[derive(truto::Endpoint)]
#[endpoint(POST, "/things/{id}", response = NotDeserialize)]
pub struct Create {
    pub id: NotDisplay,
    pub plain: NotSerialize,
    #[endpoint(flatten)]
    pub query: NotSerialize,
    #[endpoint(body)]
    pub body: NotSerialize,
    #[endpoint(header = "X-Count")]
    pub count: u32,
}

#[derive(truto::Endpoint)]
#[endpoint(PUT, "/things", response = (), body)]
pub struct WholeBody {
    pub name: String,
}

fn main() {}
