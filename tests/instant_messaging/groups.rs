//! Groups: the methods of [`ImGroupsApi`](truto::instant_messaging::ImGroupsApi) (declared without a
//! reference page) over loopback HTTP against the mock's store, and the decode of the seeded
//! example record.

use serde_json::json;
use truto::instant_messaging::{ImGroup, ImGroupsApi, ListImGroupsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "instant-messaging/groups";

#[tokio::test]
async fn groups_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListImGroupsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_im_groups(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/instant-messaging/groups",
        // v1:instant-messaging/groups:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6aW5zdGFudC1tZXNzYWdpbmcvZ3JvdXBzOmY6Mg"),
        ],
    );
    assert_eq!(records.len(), 3);

    let record = env
        .client
        .get_im_group("instant-messaging-group-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/instant-messaging/groups/instant-messaging-group-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/instant-messaging/groups.json;
    // the mock seeds record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.name.as_deref(), Some("Platform"));
    assert_eq!(record.description.as_deref(), Some("The platform team"));
    assert_eq!(record.organization, Some(Reference::new("E1", "Acme")));
    assert_eq!(record.workspace, Some(Reference::new("T1", "Acme HQ")));
    assert_eq!(record.kind.as_deref(), Some("team"));
    assert_not_found(
        env.client.get_im_group("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn group_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: ImGroup =
        serde_json::from_value(json!({"type": null, "visibility": "public"})).unwrap();
    assert_eq!(odd.kind, None);
    assert!(serde_json::from_value::<ImGroup>(json!({"workspace": "T1"})).is_err());
}
