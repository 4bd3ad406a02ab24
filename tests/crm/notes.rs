//! Notes: every method of [`CrmNotesApi`](truto::crm::CrmNotesApi) over loopback HTTP against
//! the mock's `crm/notes` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{CreateCrmNote, CrmNote, CrmNotesApi, ListCrmNotesQuery, UpdateCrmNote};
use truto::{Compare, QueryParams, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/notes";
const PREFIX: &str = "crm-note";

#[tokio::test]
async fn notes_create_get_update() {
    let env = Env::empty().await;
    let body = CreateCrmNote::new()
        .content("Sent the proposal")
        .account(Reference::with_id("acc_1"))
        .field("opportunity", json!({"id": "opp_1"}));
    let created = env.client.create_crm_note(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/notes",
        ACCOUNT_QUERY,
        Some(json!({
            "content": "Sent the proposal",
            "account": {"id": "acc_1"},
            "opportunity": {"id": "opp_1"}
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.opportunity, Some(json!({"id": "opp_1"})));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_crm_note(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/notes/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    // Highlevel needs `contact[id]` in the query of an update.
    let highlevel = QueryParams::new(ACCOUNT).param("contact", json!({"id": "c_9"}));
    let patch = UpdateCrmNote::new().title("Proposal").content("Sent v2");
    let updated = env
        .client
        .update_crm_note(&id, &highlevel, &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/crm/notes/{id}"),
        &format!("{ACCOUNT_QUERY}&contact[id]=c_9"),
        Some(json!({"title": "Proposal", "content": "Sent v2"})),
    );
    assert_eq!(updated.content.as_deref(), Some("Sent v2"));
    assert_eq!(updated.account, Some(Reference::with_id("acc_1")));
    assert_not_found(
        env.client.get_crm_note("nope", &query()).await,
        STORE,
        "nope",
    );
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/notes.json`.
#[tokio::test]
async fn seeded_note_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let n = env.client.get_crm_note(&id, &query()).await.unwrap();
    assert_eq!(n.id, id);
    assert_eq!(n.title.as_deref(), Some("Discovery call"));
    assert_eq!(n.owner, Some(Reference::with_id("crm-user-000001")));
    assert_eq!(
        n.content.as_deref(),
        Some("Wants 250 seats; decision in Q2.")
    );
    assert_eq!(
        n.contact,
        Some(vec![Reference::with_id("crm-contact-000001")])
    );
    assert_eq!(n.account, Some(Reference::with_id("crm-account-000001")));
    assert_eq!(
        n.opportunity,
        Some(json!({"id": "crm-opportunitie-000001"}))
    );
    assert_eq!(n.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(n.updated_at, Some(at("2024-01-01T01:10:00Z")));
    assert_eq!(n.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn note_decodes_required_only_nulls_and_extras() {
    let only_id: CrmNote = serde_json::from_value(json!({"id": "n1"})).unwrap();
    assert_eq!(
        only_id,
        CrmNote {
            id: "n1".into(),
            ..CrmNote::default()
        }
    );
    // A list of opportunities decodes as well as a single one.
    let odd: CrmNote = serde_json::from_value(json!({
        "id": "n2", "content": null, "contact": null, "opportunity": [{"id": "o"}], "pinned": true
    }))
    .unwrap();
    assert_eq!((odd.content, odd.contact), (None, None));
    assert_eq!(odd.opportunity, Some(json!([{"id": "o"}])));
    assert!(serde_json::from_value::<CrmNote>(json!({"id": "n", "contact": {"id": "c"}})).is_err());
}

#[tokio::test]
async fn notes_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCrmNotesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_crm_notes(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/crm/notes",
        // v1:crm/notes:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL25vdGVzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|n| n.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}
