//! Workspaces: the sites, teams or spaces drives belong to
//! (`/unified/file-storage/workspaces`).
//!
//! Sources: the File Storage overview page, whose drives carry a `workspace` object; no
//! workspace schema or method page was found in the stored copies. List and get are
//! declared because the paths are regular (**not confirmed**); the record is a
//! [`FileStorageRecord`](super::FileStorageRecord). Names carry `FileStorage` because other
//! unified APIs have workspaces too and `truto::prelude` imports every trait.
//!
//! Here: [`FileStorageWorkspace`]; [`ListFileStorageWorkspacesQuery`];
//! [`FileStorageWorkspacesApi`].

use super::record::record_resource;

record_resource! {
    /// A workspace of the unified file-storage API (schema not confirmed; see the module
    /// docs).
    model FileStorageWorkspace;
    query ListFileStorageWorkspacesQuery;
    /// The `workspaces` resource: list, get (`/unified/file-storage/workspaces`; not
    /// confirmed).
    trait FileStorageWorkspacesApi {
        path "/unified/file-storage/workspaces", "/unified/file-storage/workspaces/{id}";
        list list_file_storage_workspaces;
        get get_file_storage_workspace;
    }
}
