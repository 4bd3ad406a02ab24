//! The mock server's stateful store: CRUD on every ticketing resource, list
//! pagination, filters, sorting, key_by, seeding and list delay. Idempotency
//! keys are in `idempotency.rs`.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use truto_mock::{MockServer, MockServerBuilder};

const ACCOUNT_ID: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

struct Api {
    server: MockServer,
    client: reqwest::Client,
}

impl Api {
    async fn start(builder: MockServerBuilder) -> Api {
        Api {
            server: builder.start().await.unwrap(),
            client: reqwest::Client::new(),
        }
    }

    fn url(&self, path: &str, query: &str) -> String {
        let separator = if query.is_empty() { "" } else { "&" };
        format!(
            "{}/unified/ticketing/{path}?integrated_account_id={ACCOUNT_ID}{separator}{query}",
            self.server.url()
        )
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> (u16, Value) {
        let response = request
            .bearer_auth(self.server.token())
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn get(&self, path: &str, query: &str) -> (u16, Value) {
        self.send(self.client.get(self.url(path, query))).await
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.client.post(self.url(path, "")).json(&body))
            .await
    }

    async fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.client.patch(self.url(path, "")).json(&body))
            .await
    }

    async fn delete(&self, path: &str) -> (u16, Value) {
        self.send(self.client.delete(self.url(path, ""))).await
    }

    /// Follows `next_cursor` (from `start`, if given) to the end; returns every page.
    async fn all_pages(&self, resource: &str, query: &str, start: Option<&str>) -> Vec<Value> {
        let mut pages = Vec::new();
        let mut cursor: Option<String> = start.map(str::to_owned);
        loop {
            let query = match &cursor {
                Some(cursor) => format!("{query}&next_cursor={cursor}"),
                None => query.to_owned(),
            };
            let (status, page) = self.get(resource, &query).await;
            assert_eq!(status, 200, "{page}");
            cursor = page["next_cursor"].as_str().map(str::to_owned);
            pages.push(page);
            if cursor.is_none() {
                return pages;
            }
        }
    }
}

fn ids(page: &Value) -> Vec<String> {
    page["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_owned())
        .collect()
}

fn seeded_ids(prefix: &str, range: std::ops::RangeInclusive<u64>) -> Vec<String> {
    range.map(|n| format!("{prefix}-{n:06}")).collect()
}

#[tokio::test]
async fn crud_works_on_every_kind_of_resource() {
    let api = Api::start(MockServer::builder()).await;
    for resource in [
        "tickets",
        "comments",
        "contacts",
        "ticket_status",
        "widgets",
    ] {
        let (status, created) = api
            .post(resource, json!({"name": "first", "keep": 1}))
            .await;
        assert_eq!(status, 201, "{resource}: {created}");
        let id = created["id"].as_str().unwrap().to_owned();
        assert!(!id.is_empty());
        assert_eq!(created["name"], "first");
        assert_eq!(created["created_at"], created["updated_at"]);
        assert!(created["etag"].is_string());
        assert_eq!(created["remote_data"]["name"], "first");

        let (status, fetched) = api.get(&format!("{resource}/{id}"), "").await;
        assert_eq!((status, &fetched), (200, &created));

        let (status, patched) = api
            .patch(
                &format!("{resource}/{id}"),
                json!({"name": "second", "id": "nope"}),
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(patched["id"], id.as_str());
        assert_eq!(patched["name"], "second");
        assert_eq!(patched["keep"], 1, "a shallow merge keeps other fields");
        assert_eq!(patched["created_at"], created["created_at"]);
        assert!(patched["updated_at"].as_str() > created["updated_at"].as_str());
        assert_ne!(patched["etag"], created["etag"]);
        assert_eq!(api.server.record(resource, &id), Some(patched));

        let (status, deleted) = api.delete(&format!("{resource}/{id}")).await;
        assert_eq!((status, deleted), (200, json!({ "id": id })));
        assert_eq!(api.server.record(resource, &id), None);
        assert_eq!(api.server.record_count(resource), 0);

        for (status, body) in [
            api.get(&format!("{resource}/{id}"), "").await,
            api.patch(&format!("{resource}/{id}"), json!({})).await,
            api.delete(&format!("{resource}/{id}")).await,
        ] {
            assert_eq!(status, 404);
            assert_eq!(body["statusCode"], 404);
            assert_eq!(body["error"], "Not Found");
            assert!(body["message"].as_str().unwrap().contains(&id));
        }
        let path = format!("/unified/ticketing/{resource}");
        assert_eq!(api.server.write_count("POST", &path), 1);
        assert_eq!(api.server.write_count("PATCH", &format!("{path}/{id}")), 1);
        assert_eq!(api.server.write_count("DELETE", &format!("{path}/{id}")), 1);
    }
    assert_eq!(api.server.executed_writes().len(), 15);
}

#[tokio::test]
async fn ids_are_generated_per_resource_kept_when_given_and_unique() {
    let api = Api::start(MockServer::builder().seed("comments", 2)).await;
    let (_, comment) = api.post("comments", json!({"body": "hi"})).await;
    assert_eq!(comment["id"], "comment-000003");
    let (_, status) = api.post("ticket_status", json!({})).await;
    assert_eq!(status["id"], "ticket-status-000001");
    let (code, chosen) = api.post("tickets", json!({"id": "T-1"})).await;
    assert_eq!((code, &chosen["id"]), (201, &json!("T-1")));
    let (code, conflict) = api.post("tickets", json!({"id": "T-1"})).await;
    assert_eq!(code, 409);
    assert_eq!(conflict["error"], "Conflict");
    let (code, _) = api.post("comments", json!({"id": "comment-000001"})).await;
    assert_eq!(code, 409, "seeded ids are taken too");
    let (code, rejected) = api.post("tickets", json!([1, 2])).await;
    assert_eq!(code, 400);
    assert_eq!(rejected["details"]["failures"][0]["path"], "body");
    assert_eq!(
        api.server.write_count("POST", "/unified/ticketing/tickets"),
        1
    );
}

#[tokio::test]
async fn integrated_account_id_is_checked_on_every_route() {
    let api = Api::start(MockServer::builder().seed("tickets", 1)).await;
    let base = format!("{}/unified/ticketing", api.server.url());
    for query in ["", "?integrated_account_id=nope"] {
        let requests = [
            api.client.get(format!("{base}/tickets{query}")),
            api.client
                .post(format!("{base}/tickets{query}"))
                .json(&json!({})),
            api.client
                .get(format!("{base}/tickets/ticket-000001{query}")),
            api.client
                .patch(format!("{base}/tickets/ticket-000001{query}"))
                .json(&json!({})),
            api.client
                .delete(format!("{base}/tickets/ticket-000001{query}")),
        ];
        for request in requests {
            let (status, body) = api.send(request).await;
            assert_eq!(status, 400);
            assert_eq!(
                body["details"]["failures"][0]["path"],
                "integrated_account_id"
            );
        }
    }
    assert!(api.server.executed_writes().is_empty());
    assert_eq!(api.server.ticket_count(), 1);
}

#[tokio::test]
async fn cursors_walk_every_record_once_in_order() {
    let api = Api::start(MockServer::builder().seed_tickets(250)).await;
    let pages = api.all_pages("tickets", "limit=100", None).await;
    assert_eq!(pages.len(), 3);
    let all: Vec<String> = pages.iter().flat_map(ids).collect();
    assert_eq!(all, seeded_ids("ticket", 1..=250));
    assert_eq!(pages[0]["prev_cursor"], Value::Null);
    assert_eq!(pages[2]["next_cursor"], Value::Null);
    for page in &pages {
        assert_eq!(page["is_partial_response"], false);
        assert_eq!(
            page["result_count"],
            page["result"].as_array().unwrap().len()
        );
    }
    // Cursors are opaque, not page numbers or offsets.
    let cursor = pages[0]["next_cursor"].as_str().unwrap();
    assert!(
        cursor.parse::<u64>().is_err() && cursor.len() > 8,
        "{cursor}"
    );

    // prev_cursor of page 2 leads back to page 1.
    let prev = pages[1]["prev_cursor"].as_str().unwrap();
    let (_, back) = api
        .get("tickets", &format!("limit=100&next_cursor={prev}"))
        .await;
    assert_eq!(ids(&back), ids(&pages[0]));
    assert_eq!(back["prev_cursor"], Value::Null);

    for bad in ["2", "bm9wZQ", "%25%25"] {
        let (status, body) = api.get("tickets", &format!("next_cursor={bad}")).await;
        assert_eq!(status, 400, "{bad}");
        assert_eq!(body["details"]["failures"][0]["path"], "next_cursor");
    }
    // A ticket cursor is not a comment cursor.
    let (status, _) = api.get("comments", &format!("next_cursor={cursor}")).await;
    assert_eq!(status, 400);
    // Empty store: one empty page.
    let (status, empty) = api.get("users", "").await;
    assert_eq!(status, 200);
    assert_eq!(
        empty,
        json!({"result": [], "next_cursor": null, "prev_cursor": null, "result_count": 0, "is_partial_response": false})
    );
}

#[tokio::test]
async fn cursors_stay_valid_while_the_store_changes() {
    let api = Api::start(MockServer::builder().seed_tickets(10)).await;
    let (_, first) = api.get("tickets", "limit=4").await;
    assert_eq!(ids(&first), seeded_ids("ticket", 1..=4));
    // Delete one record of the next page and add one at the end.
    api.delete("tickets/ticket-000006").await;
    api.post("tickets", json!({"id": "new"})).await;
    let cursor = first["next_cursor"].as_str().unwrap();
    let rest = api.all_pages("tickets", "limit=4", Some(cursor)).await;
    let rest: Vec<String> = rest.iter().flat_map(ids).collect();
    assert_eq!(
        rest,
        [
            "ticket-000005",
            "ticket-000007",
            "ticket-000008",
            "ticket-000009",
            "ticket-000010",
            "new"
        ]
    );
}

#[tokio::test]
async fn limit_defaults_caps_and_rejects() {
    let api = Api::start(MockServer::builder().seed("tags", 1_200)).await;
    let (_, default) = api.get("tags", "").await;
    assert_eq!(default["result_count"], 100);
    let (_, capped) = api.get("tags", "limit=5000").await;
    assert_eq!(capped["result_count"], 1000);
    let (_, small) = api.get("tags", "limit=7").await;
    assert_eq!(ids(&small), seeded_ids("tag", 1..=7));
    for bad in ["0", "-1", "ten"] {
        let (status, body) = api.get("tags", &format!("limit={bad}")).await;
        assert_eq!(status, 400);
        assert_eq!(body["details"]["failures"][0]["path"], "limit");
    }
}

#[tokio::test]
async fn key_by_turns_result_into_an_object_in_page_order() {
    let api = Api::start(MockServer::builder()).await;
    for (id, name) in [("z", "last"), ("a", "first"), ("m", "middle")] {
        api.server
            .insert("accounts", json!({"id": id, "name": name}));
    }
    api.server.insert("accounts", json!({"id": "no-name"}));
    let url = api.url("accounts", "truto_key_by=name&limit=3");
    let response = api
        .client
        .get(url)
        .bearer_auth(api.server.token())
        .send()
        .await
        .unwrap();
    let text = response.text().await.unwrap();
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(body["result"]["last"]["id"], "z");
    assert_eq!(body["result"]["first"]["id"], "a");
    assert_eq!(body["result_count"], 3);
    let order: Vec<usize> = ["\"last\"", "\"first\"", "\"middle\""]
        .iter()
        .map(|key| text.find(key).unwrap())
        .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
    // The record without the field is on the next page, and left out there.
    let cursor = body["next_cursor"].as_str().unwrap();
    let (_, next) = api
        .get(
            "accounts",
            &format!("truto_key_by=name&limit=3&next_cursor={cursor}"),
        )
        .await;
    assert_eq!(next["result"], json!({}));
    assert_eq!(next["result_count"], 0);
}

#[tokio::test]
async fn created_and_updated_at_filters_compare_instants() {
    let api = Api::start(MockServer::builder()).await;
    for (id, created, updated) in [
        ("a", "2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z"),
        ("b", "2024-01-02T00:00:00.500Z", "2024-02-01T00:00:00Z"),
        // 2024-01-02T23:00:00Z, written with an offset.
        ("c", "2024-01-03T01:00:00+02:00", "2024-01-05T00:00:00Z"),
        ("d", "not a date", "2024-01-05T00:00:00Z"),
    ] {
        api.server.insert(
            "tickets",
            json!({"id": id, "created_at": created, "updated_at": updated}),
        );
    }
    let matching = |query: &'static str| {
        let api = &api;
        async move { ids(&api.get("tickets", query).await.1) }
    };
    assert_eq!(
        matching("created_at[gt]=2024-01-01T00:00:00Z").await,
        ["b", "c"]
    );
    assert_eq!(
        matching("created_at[gte]=2024-01-01T00:00:00Z").await,
        ["a", "b", "c"]
    );
    assert_eq!(
        matching("created_at[lt]=2024-01-02T00:00:00.500Z").await,
        ["a"]
    );
    assert_eq!(
        matching("created_at[lte]=2024-01-02T00:00:00.500Z").await,
        ["a", "b"]
    );
    assert_eq!(
        matching("created_at[gt]=2024-01-02T22:00:00Z&created_at[lt]=2024-01-03T00:00:00Z").await,
        ["c"]
    );
    assert_eq!(
        matching("updated_at[lt]=2024-02-15T00:00:00Z").await,
        ["b", "c", "d"]
    );
    // Unknown filters are ignored.
    assert_eq!(
        matching("status=open&remote_query[x]=1").await,
        ["a", "b", "c", "d"]
    );
    for bad in [
        "created_at[gt]=yesterday",
        "updated_at[near]=2024-01-01T00:00:00Z",
    ] {
        let (status, body) = api.get("tickets", bad).await;
        assert_eq!(status, 400, "{bad}");
        assert!(body["details"]["failures"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with(']'));
    }
}

#[tokio::test]
async fn comments_filter_by_ticket_id() {
    let api = Api::start(MockServer::builder().seed("comments", 10).seed_tickets(3)).await;
    let (_, page) = api.get("comments", "ticket[id]=ticket-000002").await;
    assert_eq!(
        ids(&page),
        ["comment-000002", "comment-000005", "comment-000008"]
    );
    assert!(page["result"]
        .as_array()
        .unwrap()
        .iter()
        .all(|comment| comment["ticket"]["id"] == "ticket-000002"));
    let (_, any_of) = api
        .get(
            "comments",
            "ticket[id][]=ticket-000001&ticket[id][]=ticket-000003&limit=2",
        )
        .await;
    assert_eq!(ids(&any_of), ["comment-000001", "comment-000003"]);
    let rest = api
        .all_pages(
            "comments",
            "ticket[id][]=ticket-000001&ticket[id][]=ticket-000003&limit=2",
            any_of["next_cursor"].as_str(),
        )
        .await;
    let rest: Vec<String> = rest.iter().flat_map(ids).collect();
    assert_eq!(
        rest,
        [
            "comment-000004",
            "comment-000006",
            "comment-000007",
            "comment-000009",
            "comment-000010"
        ]
    );
    // Array fields match on any element: seeded tickets have one assignee each.
    let (_, tickets) = api.get("tickets", "assignees[id]=user-0002").await;
    assert_eq!(ids(&tickets), ["ticket-000001"]);
}

#[tokio::test]
async fn sort_by_orders_and_pages_by_offset() {
    let api = Api::start(MockServer::builder().seed("contacts", 5)).await;
    let (_, newest) = api
        .get("contacts", "sort_by[created_at]=desc&limit=2")
        .await;
    assert_eq!(ids(&newest), ["contact-000005", "contact-000004"]);
    let pages = api
        .all_pages("contacts", "sort_by[created_at]=desc&limit=2", None)
        .await;
    let all: Vec<String> = pages.iter().flat_map(ids).collect();
    assert_eq!(
        all,
        [
            "contact-000005",
            "contact-000004",
            "contact-000003",
            "contact-000002",
            "contact-000001"
        ]
    );
    let prev = pages[2]["prev_cursor"].as_str().unwrap();
    let (_, back) = api
        .get(
            "contacts",
            &format!("sort_by[created_at]=desc&limit=2&next_cursor={prev}"),
        )
        .await;
    assert_eq!(ids(&back), ids(&pages[1]));

    for (id, name) in [("x", "banana"), ("y", "apple"), ("z", "cherry")] {
        api.server.insert("tags", json!({"id": id, "name": name}));
    }
    api.server.insert("tags", json!({"id": "w"}));
    let (_, by_name) = api.get("tags", "sort_by[name]=asc").await;
    assert_eq!(ids(&by_name), ["w", "y", "x", "z"], "missing values first");
    let (_, by_name) = api.get("tags", "sort_by[name]=desc").await;
    assert_eq!(ids(&by_name), ["z", "x", "y", "w"]);
    let (status, _) = api.get("tags", "sort_by[name]=sideways").await;
    assert_eq!(status, 400);
    // An unsorted cursor is refused by a sorted list and vice versa.
    let unsorted = api.get("contacts", "limit=2").await.1["next_cursor"].clone();
    let (status, _) = api
        .get(
            "contacts",
            &format!(
                "sort_by[name]=asc&next_cursor={}",
                unsorted.as_str().unwrap()
            ),
        )
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn exclude_fields_and_ignore_remote_data_apply_to_reads() {
    let api = Api::start(MockServer::builder().seed_tickets(2)).await;
    let query = "truto_exclude_fields[]=description&truto_exclude_fields[]=tags&truto_ignore_remote_data=true";
    let (_, page) = api.get("tickets", query).await;
    let (_, one) = api.get("tickets/ticket-000001", query).await;
    for ticket in [&page["result"][0], &page["result"][1], &one] {
        let fields = ticket.as_object().unwrap();
        assert!(fields.contains_key("name"));
        for gone in ["description", "tags", "remote_data"] {
            assert!(!fields.contains_key(gone), "{gone}");
        }
    }
    let (_, full) = api.get("tickets/ticket-000001", "").await;
    assert!(full["remote_data"].is_object());
}

#[tokio::test]
async fn a_hundred_thousand_seeded_tickets_list_fast() {
    let started = Instant::now();
    let api = Api::start(MockServer::builder().seed_tickets(100_000)).await;
    assert_eq!(api.server.ticket_count(), 100_000);
    let (_, first) = api.get("tickets", "limit=1000").await;
    assert_eq!(ids(&first), seeded_ids("ticket", 1..=1000));
    // The last 500 by creation time, found by filter without building the rest.
    // Seeded tickets are created 10 minutes apart from 2024-01-01T00:00:00Z.
    let (_, last) = api
        .get("tickets", "limit=1000&created_at[gt]=2025-11-21T23:20:00Z")
        .await;
    assert_eq!(ids(&last), seeded_ids("ticket", 99_501..=100_000));
    assert_eq!(last["next_cursor"], Value::Null);
    assert!(last["prev_cursor"].is_null());
    let (_, newest) = api.get("tickets", "limit=1&sort_by[created_at]=desc").await;
    assert_eq!(ids(&newest), ["ticket-100000"]);
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn list_delay_slows_lists_only() {
    let delay = Duration::from_millis(150);
    let api = Api::start(MockServer::builder().seed_tickets(1).list_delay(delay)).await;
    let started = Instant::now();
    let (status, _) = api.get("tickets", "").await;
    assert_eq!(status, 200);
    assert!(started.elapsed() >= delay);
    let started = Instant::now();
    api.get("tickets/ticket-000001", "").await;
    assert!(started.elapsed() < delay);
}

#[tokio::test]
async fn seeded_resources_are_deterministic_and_accessible() {
    let builder = MockServer::builder().seed("users", 3).seed("fields", 2);
    let api = Api::start(builder.clone()).await;
    let again = builder.start().await.unwrap();
    assert_eq!(api.server.records("users"), again.records("users"));
    assert_eq!(api.server.records("users").len(), 3);
    assert_eq!(
        api.server.record("fields", "field-000002").unwrap()["id"],
        "field-000002"
    );
    assert_eq!(api.server.record("fields", "field-000003"), None);
    assert!(api.server.records("nothing").is_empty());
    let id = api.server.insert("fields", json!({"label": "no id"}));
    assert_eq!(id, "field-000003");
    assert_eq!(api.server.record_count("fields"), 3);
    assert!(
        api.server.executed_writes().is_empty(),
        "insert is not a write"
    );
    let (_, page) = api.get("users", "").await;
    assert_eq!(page["result"], json!(api.server.records("users")));
}
