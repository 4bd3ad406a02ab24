// `#[endpoint(path)]` needs a placeholder of the field's name; a placeholder field cannot
// take another role.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/unified/{model}/items", response = serde_json::Value)]
pub struct List {
    pub model: String,
    #[endpoint(path)]
    pub resource: String,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/unified/{model}/{id}", response = serde_json::Value)]
pub struct Get {
    #[endpoint(flatten)]
    pub model: String,
    #[endpoint(header = "X-Id")]
    pub id: String,
}

fn main() {}
