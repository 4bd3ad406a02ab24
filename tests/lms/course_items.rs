//! Course items: the methods of [`CourseItemsApi`](truto::lms::CourseItemsApi) (declared
//! without a reference page) over loopback HTTP against the mock's store.

use serde_json::json;
use truto::lms::{CourseItem, CourseItemsApi, ListCourseItemsQuery, LmsCourseRef};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "lms/course-items";

#[tokio::test]
async fn course_items_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCourseItemsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let items = env
        .client
        .list_course_items(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/lms/course-items",
        // v1:lms/course-items:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6bG1zL2NvdXJzZS1pdGVtczpmOjI"),
        ],
    );
    assert_eq!(items.len(), 3);

    let item = env
        .client
        .get_course_item("lms-course-item-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/lms/course-items/lms-course-item-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/lms/course-items.json.
    assert_eq!(
        item.course,
        Some(LmsCourseRef {
            id: Some("course-7".into()),
            title: Some("Security basics".into()),
        })
    );
    assert_eq!(item.parent, Some(Reference::new("module-1", "Module 1")));
    assert_eq!(item.kind.as_deref(), Some("lesson"));
    assert_eq!(item.title.as_deref(), Some("Spotting phishing"));
    assert_eq!(item.description.as_deref(), Some("Ten signs"));
    assert_eq!(item.position, Some(3));
    assert_eq!(item.duration_seconds, Some(900));
    assert_eq!(item.is_required, Some(true));
    assert_eq!(
        item.urls.as_ref().unwrap()[0]["url"],
        json!("https://lms.example.com/items/3")
    );
    assert_eq!(
        item.custom_fields.as_ref().unwrap()["level"],
        json!("intro")
    );
    assert_not_found(
        env.client.get_course_item("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn course_item_decodes_nulls_and_rejects_wrong_types() {
    let odd: CourseItem = serde_json::from_value(json!({"parent": null, "scorm": true})).unwrap();
    assert_eq!(odd, CourseItem::default());
    assert!(serde_json::from_value::<CourseItem>(json!({"position": "third"})).is_err());
}
