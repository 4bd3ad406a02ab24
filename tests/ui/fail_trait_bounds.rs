// The argument types must implement what their role needs; rustc says so at the argument.
pub struct NotSerialize;

pub struct NotDisplay;

pub trait Api: truto::Api {
    #[truto::truto_endpoint(POST, "/things/{id}")]
    async fn create(
        &self,
        id: &NotDisplay,
        #[query] q: &NotSerialize,
        #[body] b: &NotSerialize,
        plain: NotSerialize,
        #[header("X-Count")] count: u32,
    ) -> truto::Result<NotDeserialize>;
}

pub struct NotDeserialize;

impl Api for truto::Client {}

fn main() {}
