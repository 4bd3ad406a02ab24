//! Departments: the one method of [`AtsDepartmentsApi`](truto::ats::AtsDepartmentsApi) over
//! loopback HTTP against the mock's `ats/departments` store.

use serde_json::json;
use truto::ats::{AtsDepartment, AtsDepartmentsApi, ListAtsDepartmentsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/departments.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_department_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/departments", 1)).await;
    let page = env
        .client
        .list_ats_departments(&ListAtsDepartmentsQuery::new(ACCOUNT))
        .first_page()
        .await
        .unwrap();
    env.assert_sent("GET", "/unified/ats/departments", ACCOUNT_QUERY, None);
    let d = &page.items[0];
    assert_eq!(d.id, "ats-department-000001");
    assert_eq!(d.name.as_deref(), Some("Platform"));
    assert_eq!(d.parent, Some(Reference::new("dept_1", "Engineering")));
    assert_eq!(d.status.as_deref(), Some("active"));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(d.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(
        *d,
        env.stored::<AtsDepartment>("ats/departments", "ats-department-000001")
    );
}

#[test]
fn department_decodes_required_only_nulls_and_extras() {
    let only_id: AtsDepartment = serde_json::from_value(json!({"id": "d1"})).unwrap();
    assert_eq!(
        only_id,
        AtsDepartment {
            id: "d1".into(),
            ..AtsDepartment::default()
        }
    );
    let nulls: AtsDepartment = serde_json::from_value(json!({
        "id": "d2", "parent": null, "status": null, "children": [{"id": "d3"}]
    }))
    .unwrap();
    assert_eq!(nulls.parent, None);
    assert_eq!(nulls.status, None);
    assert!(serde_json::from_value::<AtsDepartment>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn departments_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("ats/departments", 7)).await;
    let list = ListAtsDepartmentsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_ats_departments(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/departments",
        // v1:ats/departments:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL2RlcGFydG1lbnRzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|d| d.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-department"));
}
