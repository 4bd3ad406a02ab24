//! `POST /unified/crm/contacts/batch-delete`: the unified CRM `batch-delete` custom method on
//! contacts (truto.one/docs/api-reference/unified-crm-api/contacts/batch-delete).
//!
//! The body is `{"id": ["c1", "c2", ...], "remote_data": {...}}`; `id` is required (a 400
//! with `details.failures` otherwise, like Truto's validation). Every listed contact that
//! exists is deleted, each one recorded as a write; ids that do not exist are skipped (a
//! provider's batch archive does not fail on them). The answer lists the deleted ids as
//! `[{"id": ...}, ...]` in the order asked: the reference page documents a contact as the
//! answer, which a batch cannot be, so the mock picks the shape of the single delete's
//! answer, repeated.

use serde_json::{json, Value};

use super::common;
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;

const STORE: &str = "crm/contacts";

pub(crate) fn batch_delete_contacts(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let ids: Option<Vec<String>> = match body.get("id") {
        Some(Value::Array(ids)) => ids
            .iter()
            .map(|id| id.as_str().map(str::to_owned))
            .collect(),
        _ => None,
    };
    let Some(ids) = ids else {
        return common::bad_request(vec![common::failure(
            "id",
            "id must be an array of contact ids",
        )]);
    };
    let mut state = shared.lock();
    let deleted: Vec<Value> = ids
        .into_iter()
        .filter(|id| state.delete_recorded(context.request, STORE, id))
        .map(|id| json!({ "id": id }))
        .collect();
    MockResponse::json(200, Value::Array(deleted))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::MockServer;

    /// A body without an `id` array is a 400 naming the field; nothing is deleted.
    #[tokio::test]
    async fn batch_delete_without_ids_is_a_400() {
        let mock = MockServer::builder()
            .seed("crm/contacts", 1)
            .start()
            .await
            .unwrap();
        let url = format!(
            "{}/unified/crm/contacts/batch-delete?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d",
            mock.url()
        );
        let response = reqwest::Client::new()
            .post(url)
            .bearer_auth(crate::DEFAULT_TOKEN)
            .json(&json!({"id": "crm-contact-000001"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 400);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["details"]["failures"][0]["path"], json!("id"));
        assert!(mock.record("crm/contacts", "crm-contact-000001").is_some());
    }
}
