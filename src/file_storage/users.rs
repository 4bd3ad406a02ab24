//! Users: the people with accounts in a file-storage integration
//! (`/unified/file-storage/users`).
//!
//! Sources: none found for this resource in the stored copies (the drive items' `creator`
//! points at one). List and get are declared because the paths are regular (**not
//! confirmed**); the record is a [`FileStorageRecord`](super::FileStorageRecord). Names carry
//! `FileStorage` because other unified APIs have users too and `truto::prelude` imports
//! every trait.
//!
//! Here: [`FileStorageUser`]; [`ListFileStorageUsersQuery`]; [`FileStorageUsersApi`].

use super::record::record_resource;

record_resource! {
    /// A user of the unified file-storage API (schema not confirmed; see the module docs).
    model FileStorageUser;
    query ListFileStorageUsersQuery;
    /// The `users` resource: list, get (`/unified/file-storage/users`; not confirmed).
    trait FileStorageUsersApi {
        path "/unified/file-storage/users", "/unified/file-storage/users/{id}";
        list list_file_storage_users;
        get get_file_storage_user;
    }
}
