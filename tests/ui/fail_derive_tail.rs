// `{*name}` takes the rest of the path: last, and at most once.
#[derive(truto::Endpoint)]
#[endpoint(GET, "/drives/{*path}/content", response = truto::ByteStream)]
pub struct NotLast {
    pub path: String,
}

#[derive(truto::Endpoint)]
#[endpoint(GET, "/drives/{*drive}/{*path}", response = truto::ByteStream)]
pub struct TwoTails {
    pub drive: String,
    pub path: String,
}

fn main() {}
