//! Contact groups: every method of [`ContactGroupsApi`](truto::accounting::ContactGroupsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/contact_groups.json`).

use serde_json::json;
use truto::accounting::{
    ContactGroup, ContactGroupStatus, ContactGroupsApi, CreateContactGroup, ListContactGroupsQuery,
    UpdateContactGroup,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/contact_groups";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-contact-group";

#[tokio::test]
async fn contact_groups_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let all = env
        .client
        .list_contact_groups(&ListContactGroupsQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/accounting/contact_groups", &[ACCOUNT_QUERY]);
    assert_eq!(all.len(), 1);
    let got = all[0].clone();
    // Expected values read from the fixture by hand.
    let expected = ContactGroup {
        name: Some("Preferred suppliers".into()),
        status: Some(ContactGroupStatus::Active),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..ContactGroup::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn contact_groups_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListContactGroupsQuery::new(ACCOUNT)
        .limit(2)
        .name("Wholesale")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_contact_groups(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `name` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&name=Wholesale&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/contact_groups",
        // v1:accounting/contact_groups:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9jb250YWN0X2dyb3VwczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn contact_groups_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateContactGroup::new()
        .name("Wholesale")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_contact_group(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/contact_groups",
        ACCOUNT_QUERY,
        Some(json!({"name": "Wholesale", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.name, Some("Wholesale".into()));
    assert_eq!(created, env.stored::<ContactGroup>(STORE, &id));
    let updated = env
        .client
        .update_contact_group(
            &id,
            &query(),
            &UpdateContactGroup::new().name("Wholesale (EU)"),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/accounting/contact_groups/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"name": "Wholesale (EU)"})),
    );
    assert_eq!(updated.name, Some("Wholesale (EU)".into()));
}

#[test]
fn contact_group_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: ContactGroup = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, ContactGroup::new("r"));
    let nulls: ContactGroup = serde_json::from_value(json!({"name": null, "status": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, ContactGroup::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<ContactGroup>(json!({"name": "x"})).is_err());
    let odd: ContactGroup =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(ContactGroupStatus::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<ContactGroup>(json!({"id": "r", "name": 5})).is_err());
}
