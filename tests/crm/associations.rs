//! Associations: the one method of [`AssociationsApi`](truto::crm::AssociationsApi) over
//! loopback HTTP against the mock's `crm/associations` store.

use serde_json::json;
use truto::crm::{Association, AssociationsApi, ListAssociationsQuery};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/associations";

/// Three seeded records (the fixture `crm/associations.json`), two a page; `entity` and
/// `entity_id` are sent (the mock, like a provider that cannot filter on them, ignores them).
#[tokio::test]
async fn associations_list_pages_and_decodes_the_seeded_records() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListAssociationsQuery::new(ACCOUNT)
        .limit(2)
        .entity("contact")
        .entity_id("crm-contact-000001");
    let all = env
        .client
        .list_associations(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&entity=contact&entity_id=crm-contact-000001");
    env.assert_pages(
        "/unified/crm/associations",
        // v1:crm/associations:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2Fzc29jaWF0aW9uczpmOjI"),
        ],
    );
    assert_eq!(all.len(), 3);
    let a = &all[0];
    assert_eq!(a.entity_id.as_deref(), Some("crm-contact-000001"));
    assert_eq!(a.entity.as_deref(), Some("contact"));
    let associations = a.associations.as_ref().unwrap();
    assert_eq!(
        associations["opportunities"],
        json!([{"id": "crm-opportunitie-000001"}])
    );
    assert_eq!(
        associations["accounts"],
        json!([{"id": "crm-account-000001"}])
    );
    assert_eq!(a.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[test]
fn association_decodes_empty_nulls_and_extras() {
    assert_eq!(
        serde_json::from_value::<Association>(json!({"associations": null, "id": "x"})).unwrap(),
        Association::default()
    );
    assert!(serde_json::from_value::<Association>(json!({"associations": []})).is_err());
}
