//! Groups: collections of users, by department, project or permission
//! (`/unified/file-storage/groups`).
//!
//! Sources: the File Storage overview page (`truto.one/unified-apis/file-storage`): "Groups
//! represent a collection of users. They could be grouped based on departments, projects,
//! permissions, etc.", with 4 fields whose names the stored copy cuts off. List and get are
//! declared because the paths are regular (**not confirmed**); the record is a
//! [`FileStorageRecord`](super::FileStorageRecord). Names carry `FileStorage` because other
//! unified APIs have groups too and `truto::prelude` imports every trait.
//!
//! Here: [`FileStorageGroup`]; [`ListFileStorageGroupsQuery`]; [`FileStorageGroupsApi`].

use super::record::record_resource;

record_resource! {
    /// A group of the unified file-storage API (schema not confirmed; see the module docs).
    model FileStorageGroup;
    query ListFileStorageGroupsQuery;
    /// The `groups` resource: list, get (`/unified/file-storage/groups`; not confirmed).
    trait FileStorageGroupsApi {
        path "/unified/file-storage/groups", "/unified/file-storage/groups/{id}";
        list list_file_storage_groups;
        get get_file_storage_group;
    }
}
