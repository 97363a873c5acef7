package org.vetreport.finance.asset;

/** Turns what a client sent into the asset to store, for a single write and for every import row alike. */
final class AssetDrafts {

    private AssetDrafts() {
    }

    static Asset from(AssetRequest r, String assetNo) {
        return new Asset(assetNo, r.name(), r.category(), r.areaMu(), r.floorArea(), r.use(), r.quantity(), r.purpose(),
                r.volumes(), r.kind(), r.value(), r.acquiredOn(), r.disposedOn());
    }
}
