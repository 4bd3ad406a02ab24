//! `Idempotency-Key` as Truto documents it: honoured on POST and PATCH of unified, proxy and
//! custom calls and `POST /batch-request`, cached by the key alone; an identical repeat is
//! replayed, a different one is replayed too but counted as a mismatch (or refused with 409
//! under `reject_reused_keys`); PUT, DELETE and GET ignore the key.

use std::collections::HashSet;

use serde_json::{json, Value};
use truto_mock::{MockServer, MockServerBuilder};

const ACCOUNT_ID: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const TICKETS: &str = "/unified/ticketing/tickets";
const REPLAYED: &str = "idempotent-replayed";

/// Sends raw requests to one mock, with the account in the query.
struct Api {
    server: MockServer,
    client: reqwest::Client,
}

impl Api {
    async fn start() -> Api {
        Api::with(MockServer::builder()).await
    }

    async fn with(builder: MockServerBuilder) -> Api {
        Api {
            server: builder.start().await.unwrap(),
            client: reqwest::Client::new(),
        }
    }

    /// `method path?integrated_account_id=...&extra` with an optional key and JSON body.
    async fn send(
        &self,
        method: &str,
        path: &str,
        extra_query: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> reqwest::Response {
        let url = format!(
            "{}{path}?integrated_account_id={ACCOUNT_ID}{extra_query}",
            self.server.url()
        );
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self
            .client
            .request(method, url)
            .bearer_auth(self.server.token());
        if let Some(key) = key {
            request = request.header("idempotency-key", key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    async fn post(&self, path: &str, key: Option<&str>, body: Value) -> reqwest::Response {
        self.send("POST", path, "", key, Some(body)).await
    }
}

fn replayed(response: &reqwest::Response) -> bool {
    match response.headers().get(REPLAYED) {
        Some(value) => {
            assert_eq!(value, "true");
            true
        }
        None => false,
    }
}

/// Status, whether it was a replay, and the body as JSON.
async fn read(response: reqwest::Response) -> (u16, bool, Value) {
    let status = response.status().as_u16();
    let replay = replayed(&response);
    (status, replay, response.json().await.unwrap())
}

#[tokio::test]
async fn an_identical_repeat_is_replayed_without_writing_again() {
    let api = Api::start().await;
    let body = json!({"name": "once"});

    let (status, replay, first) = read(api.post(TICKETS, Some("k1"), body.clone()).await).await;
    assert_eq!((status, replay), (201, false));
    let (status, replay, again) = read(api.post(TICKETS, Some("k1"), body.clone()).await).await;
    assert_eq!((status, replay), (201, true));
    assert_eq!(again, first);
    assert_eq!(api.server.write_count("POST", TICKETS), 1);
    assert_eq!(api.server.ticket_count(), 1);

    // PATCH too.
    let ticket = format!("{TICKETS}/{}", first["id"].as_str().unwrap());
    let patch = || {
        api.send(
            "PATCH",
            &ticket,
            "",
            Some("p1"),
            Some(json!({"name": "twice"})),
        )
    };
    let (status, replay, patched) = read(patch().await).await;
    assert_eq!((status, replay), (200, false));
    let (status, replay, replayed_patch) = read(patch().await).await;
    assert_eq!((status, replay), (200, true));
    assert_eq!(replayed_patch, patched);
    assert_eq!(api.server.write_count("PATCH", &ticket), 1);

    // Another key runs; without a key every request runs.
    assert!(!replayed(
        &api.post(TICKETS, Some("k2"), body.clone()).await
    ));
    api.post(TICKETS, None, body.clone()).await;
    api.post(TICKETS, None, body).await;
    assert_eq!(api.server.write_count("POST", TICKETS), 4);

    let writes = api.server.executed_writes();
    let keys: Vec<_> = writes
        .iter()
        .map(|w| w.idempotency_key.as_deref())
        .collect();
    assert_eq!(keys, [Some("k1"), Some("p1"), Some("k2"), None, None]);
    let keyed: HashSet<_> = writes
        .iter()
        .filter_map(|w| w.idempotency_key.clone())
        .collect();
    assert_eq!(keyed.len(), 3, "no keyed write ran twice");
    assert_eq!(api.server.idempotency_mismatches(), 0);
    assert!(api.server.idempotency_mismatch_log().is_empty());
}

#[tokio::test]
async fn a_different_request_under_a_used_key_is_replayed_and_counted() {
    let api = Api::start().await;
    let (_, _, first) = read(
        api.post(TICKETS, Some("k1"), json!({"name": "first"}))
            .await,
    )
    .await;

    // Another body: Truto's documented answer is the cached response; the write is lost.
    let (status, replay, answer) = read(
        api.post(TICKETS, Some("k1"), json!({"name": "second"}))
            .await,
    )
    .await;
    assert_eq!((status, replay), (201, true));
    assert_eq!(answer, first);
    assert_eq!(api.server.write_count("POST", TICKETS), 1);
    assert_eq!(api.server.ticket_count(), 1);
    assert_eq!(api.server.idempotency_mismatches(), 1);

    // One key space per server: another path, method or query under the key is the same.
    let comments = "/unified/ticketing/comments";
    let (_, replay, answer) =
        read(api.post(comments, Some("k1"), json!({"body": "hi"})).await).await;
    assert!(replay);
    assert_eq!(answer, first, "the ticket's response, not a comment");
    assert_eq!(api.server.record_count("comments"), 0);
    let other_query = api
        .send(
            "POST",
            TICKETS,
            "&truto_ignore_remote_data=true",
            Some("k1"),
            Some(json!({"name": "first"})),
        )
        .await;
    assert!(replayed(&other_query));
    assert_eq!(api.server.executed_writes().len(), 1);
    assert_eq!(api.server.idempotency_mismatches(), 3);

    let log = api.server.idempotency_mismatch_log();
    assert_eq!(log.len(), 3);
    assert!(log.iter().all(|m| m.key == "k1" && !m.rejected));
    assert!(log
        .iter()
        .all(|m| m.first.json() == Some(json!({"name": "first"}))));
    assert_eq!(log[0].repeat.json(), Some(json!({"name": "second"})));
    assert_eq!(log[0].differences(), ["body"]);
    assert_eq!(log[1].differences(), ["path", "body"]);
    assert_eq!(log[2].differences(), ["query"]);
}

#[tokio::test]
async fn reject_reused_keys_answers_409_and_writes_nothing() {
    let api = Api::with(MockServer::builder().reject_reused_keys(true)).await;
    let (status, _, first) = read(
        api.post(TICKETS, Some("k1"), json!({"name": "first"}))
            .await,
    )
    .await;
    assert_eq!(status, 201);

    let (status, replay, envelope) = read(
        api.post(TICKETS, Some("k1"), json!({"name": "second"}))
            .await,
    )
    .await;
    assert_eq!((status, replay), (409, false));
    assert_eq!(
        envelope,
        json!({
            "statusCode": 409,
            "error": "Conflict",
            "message": "Idempotency-Key was already used for a different request"
        })
    );
    assert_eq!(api.server.write_count("POST", TICKETS), 1);
    assert_eq!(api.server.ticket_count(), 1);
    assert_eq!(api.server.idempotency_mismatches(), 1);
    assert!(api.server.idempotency_mismatch_log()[0].rejected);

    // The 409 is not cached and does not replace the first answer: an identical repeat of
    // the first request is still a replay.
    let (status, replay, again) = read(
        api.post(TICKETS, Some("k1"), json!({"name": "first"}))
            .await,
    )
    .await;
    assert_eq!((status, replay), (201, true));
    assert_eq!(again, first);
    assert_eq!(api.server.idempotency_mismatches(), 1);
}

#[tokio::test]
async fn put_and_delete_run_every_time_key_or_not() {
    let api = Api::start().await;
    let path = format!("{TICKETS}/t-1");
    for round in 0..2 {
        api.server
            .insert("tickets", json!({"id": "t-1", "name": "to delete"}));
        let deleted = api.send("DELETE", &path, "", Some("d1"), None).await;
        assert!(!replayed(&deleted), "round {round}");
        assert_eq!(deleted.status(), 200);
        assert_eq!(api.server.record("tickets", "t-1"), None);
    }
    assert_eq!(api.server.write_count("DELETE", &path), 2);

    // A DELETE's key is not consumed: a POST with it later runs.
    let created = api.post(TICKETS, Some("d1"), json!({"name": "new"})).await;
    assert!(!replayed(&created));
    assert_eq!(created.status(), 201);

    // PUT (no ticketing route: 404) is never answered from the cache either.
    for _ in 0..2 {
        let put = api
            .send("PUT", &path, "", Some("u1"), Some(json!({"name": "x"})))
            .await;
        assert_eq!(put.status(), 404);
        assert!(!replayed(&put));
    }
    assert_eq!(api.server.idempotency_mismatches(), 0);
    let keys: Vec<_> = api
        .server
        .executed_writes()
        .into_iter()
        .map(|w| (w.method, w.idempotency_key))
        .collect();
    let d1 = Some("d1".to_owned());
    assert_eq!(
        keys,
        [
            ("DELETE".to_owned(), d1.clone()),
            ("DELETE".to_owned(), d1.clone()),
            ("POST".to_owned(), d1)
        ]
    );
}

#[tokio::test]
async fn a_key_on_get_is_ignored() {
    let api = Api::start().await;
    api.server
        .insert("tickets", json!({"id": "t-1", "name": "before"}));
    let path = format!("{TICKETS}/t-1");
    let get = || api.send("GET", &path, "", Some("g1"), None);

    let (status, replay, before) = read(get().await).await;
    assert_eq!((status, replay), (200, false));
    assert_eq!(before["name"], "before");
    api.send("PATCH", &path, "", None, Some(json!({"name": "after"})))
        .await;
    let (status, replay, after) = read(get().await).await;
    assert_eq!((status, replay), (200, false));
    assert_eq!(after["name"], "after", "read again, not replayed");

    // The GET did not use the key up.
    let created = api.post(TICKETS, Some("g1"), json!({"name": "new"})).await;
    assert_eq!(created.status(), 201);
    assert!(!replayed(&created));
    assert_eq!(api.server.idempotency_mismatches(), 0);
}

#[tokio::test]
async fn only_documented_paths_honour_the_key() {
    let api = Api::start().await;
    // No handler answers these, so both get the mock's 404; what matters is whether the
    // second one comes from the cache.
    for (path, honoured) in [
        ("/batch-request", true),
        ("/proxy/tickets", true),
        ("/custom/things", true),
        ("/integrated-account", false),
    ] {
        let key = format!("key-{path}");
        let body = json!({"n": 1});
        assert!(
            !replayed(&api.post(path, Some(&key), body.clone()).await),
            "{path}"
        );
        assert_eq!(
            replayed(&api.post(path, Some(&key), body).await),
            honoured,
            "{path}"
        );
    }
}

#[tokio::test]
async fn server_errors_and_faults_are_not_cached() {
    use truto_mock::{Fault, Route};

    let api = Api::start().await;
    let body = json!({"name": "after a fault"});
    api.server
        .fail_next(Route::post(TICKETS), 1, Fault::Status(503));
    assert_eq!(
        api.post(TICKETS, Some("k1"), body.clone()).await.status(),
        503
    );
    // The faulted attempt ran nothing and cached nothing: the retry runs.
    let (status, replay, created) = read(api.post(TICKETS, Some("k1"), body.clone()).await).await;
    assert_eq!((status, replay), (201, false));

    // AfterWrite: the write runs, its real response is cached, the client sees a 500.
    let other = json!({"name": "lost response"});
    api.server
        .fail_next(Route::post(TICKETS), 1, Fault::Status(500).after_write());
    assert_eq!(
        api.post(TICKETS, Some("k2"), other.clone()).await.status(),
        500
    );
    let (status, replay, stored) = read(api.post(TICKETS, Some("k2"), other).await).await;
    assert_eq!((status, replay), (201, true));
    assert_ne!(stored["id"], created["id"]);
    assert_eq!(api.server.write_count("POST", TICKETS), 2);
    assert_eq!(api.server.idempotency_mismatches(), 0);
}
