//! Organizations: every method of [`OrganizationsApi`](truto::ticketing::OrganizationsApi) over
//! loopback HTTP against the mock's store.

use serde_json::json;
use truto::ticketing::{Organization, OrganizationsApi};

use crate::support::*;

#[tokio::test]
async fn organizations_get() {
    let env = Env::empty().await;
    env.mock.insert(
        "organizations",
        json!({"id": "org-1", "name": "Acme Corp", "remote_data": {"id": 1}}),
    );
    let organization = env
        .client
        .get_organization("org-1", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/organizations/org-1",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(organization.id, "org-1");
    assert_eq!(organization.name.as_deref(), Some("Acme Corp"));
    assert_eq!(
        organization,
        env.stored::<Organization>("organizations", "org-1")
    );

    let result = env.client.get_organization("org-2", &query()).await;
    assert_not_found(result, "organizations", "org-2");
    env.assert_sent(
        "GET",
        "/unified/ticketing/organizations/org-2",
        ACCOUNT_QUERY,
        None,
    );
}
