package org.emodisparity.model.store;

class LocalFolderObjectStoreContractTest extends ObjectStoreContract {
    @Override
    ObjectStore store() throws Exception {
        return new LocalFolderObjectStore(tmp.resolve("bucket"));
    }
}
