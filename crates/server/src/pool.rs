//! Store connections for the server: one writer and a few readers (SQLite's WAL mode and
//! PostgreSQL both let readers run while the writer writes). All calls block, so they run on
//! tokio's blocking pool.

use crate::error::ApiError;
use dyad_store::{Store, StoreError};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The store connections shared by all requests.
pub struct StorePool {
    writer: Mutex<Store>,
    readers: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl StorePool {
    /// Opens the SQLite database at `path` (creating it) with `readers` reader connections.
    pub fn open(path: &Path, readers: usize) -> Result<StorePool, StoreError> {
        Self::open_location(&path.to_string_lossy(), readers)
    }

    /// Opens the database at `location` (a SQLite path or a `postgres://` URL) with `readers`
    /// reader connections.
    pub fn open_location(location: &str, readers: usize) -> Result<StorePool, StoreError> {
        let writer = Mutex::new(Store::open_location(location)?);
        let readers = (0..readers.max(1))
            .map(|_| Store::open_location(location).map(Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok(StorePool {
            writer,
            readers,
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `f` with a reader connection on the blocking pool.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let pool = Arc::clone(self);
        run_blocking(move || {
            let start = pool.next.fetch_add(1, Ordering::Relaxed);
            let n = pool.readers.len();
            // Take the first idle reader, else wait for the one in turn.
            let guard = (0..n)
                .find_map(|i| pool.readers[(start + i) % n].try_lock().ok())
                .unwrap_or_else(|| lock(&pool.readers[start % n]));
            f(&guard).map_err(ApiError::from)
        })
        .await
    }

    /// Runs `f` with the writer connection on the blocking pool.
    pub async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    {
        let pool = Arc::clone(self);
        run_blocking(move || {
            let mut guard = lock(&pool.writer);
            f(&mut guard).map_err(ApiError::from)
        })
        .await
    }
}

/// Locks `m`, recovering from a poisoned lock (the connection itself stays valid).
fn lock(m: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs blocking work off the async reactor; a panic in it becomes a 500, not a crash.
pub async fn run_blocking<T, F>(f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    match tokio::task::spawn_blocking(f).await {
        Ok(result) => result,
        Err(err) => {
            tracing::error!(error = %err, "blocking task failed");
            Err(ApiError::internal())
        }
    }
}
