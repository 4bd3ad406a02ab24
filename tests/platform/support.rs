//! What every admin resource test shares, on top of the ticketing tests' [`Env`]: admin calls
//! carry no `integrated_account_id`, so their query may be absent altogether.

use serde_json::Value;

pub use crate::ticketing_support::{assert_not_found, assert_request, Env};

/// Asserts the server received exactly one request since the last check, with this method,
/// raw path, raw query (`None`: no `?` at all) and JSON body (`None`: no body).
pub fn assert_sent(env: &Env, method: &str, path: &str, query: Option<&str>, body: Option<Value>) {
    let requests = env.take();
    assert_eq!(requests.len(), 1, "expected one request, got {requests:#?}");
    let request = &requests[0];
    match query {
        Some(query) => assert_request(request, method, path, query, body),
        None => {
            assert_eq!(request.query, None, "{method} {path}: unexpected query");
            let mut without_query = request.clone();
            without_query.query = Some(String::new());
            assert_request(&without_query, method, path, "", body);
        }
    }
}

/// Asserts the requests since the last check were the GETs of one list at `path`, with these
/// raw queries (`None`: no `?`), in order.
pub fn assert_pages(env: &Env, path: &str, queries: &[Option<&str>]) {
    let requests = env.take();
    let sent: Vec<(&str, &str, Option<&str>)> = requests
        .iter()
        .map(|r| (r.method.as_str(), r.path.as_str(), r.query.as_deref()))
        .collect();
    let expected: Vec<(&str, &str, Option<&str>)> =
        queries.iter().map(|query| ("GET", path, *query)).collect();
    assert_eq!(sent, expected);
}

/// Asserts a call failed with the mock's 400 envelope whose message is `message` (the
/// failures' messages joined).
pub fn assert_bad_request<T: std::fmt::Debug>(result: truto::Result<T>, message: &str) {
    match result {
        Err(truto::Error::Api(error)) => {
            assert_eq!(error.status, 400);
            assert_eq!(error.error.as_deref(), Some("Bad Request"));
            assert_eq!(error.message.as_deref(), Some(message));
        }
        other => panic!("expected a 400 Error::Api, got {other:?}"),
    }
}
